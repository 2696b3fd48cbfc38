export { scoreMessage, applyRules, prepare, featuresOf, type RuleOutcome, type Prepared } from './score';
export { MemoryHistory, viewOf, type HistoryQuery } from './history';
export { learn, replay, emptyLearnedState, learnedLogits, type LearnedState, type LearnedClass, type Exemplar } from './learner';
export * from './types';
