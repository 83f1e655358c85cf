/** The one-way import rule of DESIGN.md:
 *  main → {http, cli, storage} → app → importers → domain → lib; web may use domain. */
const layer = (name) => `^src/${name}/`;
const forbid = (name, from, to, comment) => ({
  name,
  comment,
  severity: "error",
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbid("lib-is-a-leaf", layer("lib"), "^src/(?!lib/)", "lib knows nothing of recipes"),
    forbid("domain-is-pure", layer("domain"), "^src/(?!(domain|lib)/)", "domain uses lib only"),
    forbid(
      "importers-stay-below-app",
      layer("importers"),
      "^src/(app|storage|http|web|cli|main)/",
      "importers are pure: text in, recipe out",
    ),
    {
      name: "no-importer-uses-another",
      comment: "each format folder stands alone; shared pieces live in domain or importers/",
      severity: "error",
      from: { path: "^src/importers/([^/]+)/" },
      to: { path: "^src/importers/([^/]+)/", pathNot: "^src/importers/$1/" },
    },
    forbid(
      "app-below-adapters",
      layer("app"),
      "^src/(storage|http|web|cli|main)/",
      "app names ports",
    ),
    forbid("storage-is-an-adapter", layer("storage"), "^src/(http|web|cli|main|importers)/", ""),
    forbid("http-never-touches-storage", layer("http"), "^src/(storage|cli|main)/", ""),
    forbid("cli-calls-app-only", layer("cli"), "^src/(storage|http|web|main)/", ""),
    forbid(
      "web-uses-domain-only",
      layer("web"),
      "^src/(?!(web|domain|lib)/)",
      "runs in the browser",
    ),
    forbid("nothing-imports-main", "^src/(?!main/)", layer("main"), "main is the composition root"),
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.tsx?$" },
    tsConfig: { fileName: "tsconfig.json" },
    // TypeScript 7 (package "typescript7") has no JS API; dependency-cruiser reads TS through
    // TypeScript 5 (package "typescript"), which only parses here and never type-checks.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js"],
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
