// A tiny hash router: #/ (issues), #/issue/3, #/issue/3/review (reviewer report),
// #/issue/3/print (print view), #/article/7, #/glossary. The hash survives a reload,
// so the user comes back to the screen they were on.
import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'issues' }
  | { screen: 'issue'; id: number }
  | { screen: 'review'; id: number }
  | { screen: 'print'; id: number }
  | { screen: 'article'; id: number }
  | { screen: 'glossary' };

export function parseRoute(hash: string): Route {
  const issue = /^#\/issue\/(\d+)$/.exec(hash);
  if (issue) return { screen: 'issue', id: Number(issue[1]) };
  const sub = /^#\/issue\/(\d+)\/(review|print)$/.exec(hash);
  if (sub) return { screen: sub[2] as 'review' | 'print', id: Number(sub[1]) };
  const article = /^#\/article\/(\d+)$/.exec(hash);
  if (article) return { screen: 'article', id: Number(article[1]) };
  if (hash === '#/glossary') return { screen: 'glossary' };
  return { screen: 'issues' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'issues':
      return '#/';
    case 'glossary':
      return '#/glossary';
    case 'review':
    case 'print':
      return `#/issue/${route.id}/${route.screen}`;
    default:
      return `#/${route.screen}/${route.id}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
