// The house stylesheet (glossary/bulletin/layout/css.ts) adopted by the page once: a constructed
// stylesheet, because the app's CSP allows no inline <style>.
import { houseCss } from '../../../glossary/bulletin/layout/css.ts';

let adopted = false;

export function adoptHouseStyle(): void {
  if (adopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(houseCss('.h-doc'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = true;
}
