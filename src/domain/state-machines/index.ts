export * from './transition';
export * from './event-draft';
export * from './lead-machine';
export * from './apply-decision-to-lead';
export * from './decision-machine';
export * from './supersede-decision';
