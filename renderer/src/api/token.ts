// The web mode's per-launch token arrives in the URL fragment (#token=...). It is moved to
// sessionStorage and removed from the visible URL, so it is neither shown nor bookmarked.
const STORAGE_KEY = 'donghyang.token';

export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([0-9a-f]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(STORAGE_KEY, match[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
