/**
 * Import rules of src/ (npm test runs them; README "Development" has the map). Each folder is a
 * stage and imports only the folders beneath it; lexicon/ is a leaf; html/, text/ and stories/
 * are siblings that never import one another; the pipeline loads html/ only on demand.
 */
const layer = (name, from, allowed) => ({
  name,
  severity: 'error',
  comment: `${from} may import only ${allowed.join(', ')}`,
  from: { path: `^src/${from}` },
  to: { path: '^src/', pathNot: allowed.map((a) => `^src/${a}`) },
});

module.exports = {
  forbidden: [
    layer('lexicon-is-a-leaf', 'lexicon/', ['lexicon/']),
    layer('types-import-nothing', 'types\\.ts$', ['types\\.ts$', 'options\\.ts$']),
    {
      name: 'types-reexport-option-types-only',
      severity: 'error',
      from: { path: '^src/types\\.ts$' },
      to: { path: '^src/options\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    layer('rules-below-stages', 'rules/', ['rules/', 'lexicon/', 'types\\.ts$']),
    layer('input-below-html-and-text', 'input/', ['input/', 'lexicon/', 'types\\.ts$']),
    layer('html-stage', 'html/', ['html/', 'input/', 'rules/', 'lexicon/', 'types\\.ts$']),
    layer('text-stage', 'text/', ['text/', 'input/', 'rules/', 'lexicon/', 'types\\.ts$']),
    layer('stories-stage', 'stories/', ['stories/', 'rules/', 'lexicon/', 'types\\.ts$']),
    layer('output-after-stories', 'output/', ['output/', 'stories/', 'lexicon/', 'types\\.ts$']),
    layer('options-below-pipeline', 'options\\.ts$', ['rules/', 'lexicon/', 'types\\.ts$']),
    {
      name: 'library-below-front-ends',
      severity: 'error',
      comment: 'the library (everything but batch/, queue/, cli/) never imports a front end',
      from: { path: '^src/', pathNot: '^src/(batch|queue|cli)/' },
      to: { path: '^src/(batch|queue|cli)/' },
    },
    {
      name: 'batch-below-cli',
      severity: 'error',
      from: { path: '^src/(batch|queue)/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'pipeline-loads-html-on-demand',
      severity: 'error',
      comment: 'a text-only clean() must not load the HTML parser: the pipeline imports html/ dynamically',
      from: { path: '^src/(pipeline|index|options)\\.ts$' },
      to: { path: '^src/html/', dependencyTypesNot: ['dynamic-import', 'type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
