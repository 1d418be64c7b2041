const rs = require('@stoplight/spectral-rulesets').oas;
const out = {};
for (const [n, r] of Object.entries(rs.rules)) {
  const fmts = (r.formats || []).map(f => f.displayName);
  const thens = Array.isArray(r.then) ? r.then : [r.then];
  out[n] = { sev: r.severity ?? 'warn', rec: r.recommended !== false, fmts, given: r.given, resolved: r.resolved !== false,
    then: thens.map(t => ({ field: t.field, fn: t.function.name, opts: t.functionOptions })) };
}
console.log(JSON.stringify(out, null, 1));
