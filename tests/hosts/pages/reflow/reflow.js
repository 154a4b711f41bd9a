import { bindExamples, loadExamples } from '../shared/examples.js';

bindExamples(await loadExamples());
document.body.dataset.bound = 'true';
