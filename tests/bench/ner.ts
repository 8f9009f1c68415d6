// `npm run bench:ner`: the engine's actors on unseen general news (AQUAINT, annotated here), then on
// the CrossNER dev splits, cross-validated, beside the tagger trained without them and compromise
// (the same tables `npm run bench:quality` ends its actor part with). Needs ../shared/datasets.
import { printCrossValidatedNer } from './ner-cross-validation';
import { printNewsNer } from './ner-news';
import { sharedDatasets } from './paths';

const datasets = sharedDatasets();
if (!datasets) {
  console.error('../shared/datasets is not here (or set AHRAM_LENS_DATASETS): nothing to measure.');
  process.exit(1);
}
printNewsNer(datasets);
printCrossValidatedNer(datasets);
