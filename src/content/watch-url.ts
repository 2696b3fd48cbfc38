/**
 * Calls `onChange` when a single-page app changes the URL (pushState, replaceState, back and
 * forward). The Navigation API sees pushState from the page's own world; where it is missing,
 * a cheap once-a-second comparison stands in, since an isolated world cannot wrap the page's history.
 */
export function watchUrl(onChange: (href: string) => void): () => void {
  let last = location.href;
  const check = (): void => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('navigatesuccess', check);
    addEventListener('popstate', check);
    return () => {
      nav.removeEventListener('navigatesuccess', check);
      removeEventListener('popstate', check);
    };
  }
  const timer = setInterval(check, 1000);
  addEventListener('popstate', check);
  return () => {
    clearInterval(timer);
    removeEventListener('popstate', check);
  };
}
