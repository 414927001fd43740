// Before first paint (a classic script in <head>, not a module): the theme
// on <html data-theme>, so a Dim room page never flashes white. The user's
// choice (src/ui/theme-state.ts, key coalesce.theme), else the system's
// dark preference. A file, not inline: the page's CSP admits no inline script.
(function () {
  var t = null;
  try {
    t = localStorage.getItem('coalesce.theme');
  } catch (e) {
    /* no storage: the system's preference */
  }
  if (t !== 'day' && t !== 'dim') t = window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dim' : 'day';
  document.documentElement.dataset.theme = t;
})();
