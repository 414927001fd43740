// Stands in for @stdlib/assert-has-generator-support in the browser build
// (vite.config.ts): that module tests for generators by eval-ing code, which
// the app's Content-Security-Policy forbids (test/e2e/hostile-csp.e2e.ts),
// and the build targets ES2022, where generators always exist.
module.exports = function hasGeneratorSupport() {
  return true;
};
