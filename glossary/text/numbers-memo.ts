// A few most recent results per text: the rule families of one check run each ask for the amounts
// of the same draft and sources, and a keystroke re-check asks again for unchanged sources.
export function memoizeByText<T>(compute: (text: string) => T, size = 8): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    cache.set(text, value);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return value;
  };
}
