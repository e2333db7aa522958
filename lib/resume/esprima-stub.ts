// Stands in for esprima (aliased in wxt.config.ts): js-yaml only needs it for `!!js/function`, which a
// résumé must never contain. Throwing keeps that tag an error instead of evaluating code.
export function parse(): never {
  throw new Error('JavaScript in YAML is not supported');
}
export default { parse };
