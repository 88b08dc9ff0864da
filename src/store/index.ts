/** The store's public surface: what the composition root, the turn pipeline and the staff API import. */
export { createDocumentClient, type DocumentClientOptions, type StoreClients } from './client';
export { createTables, createTableInput } from './create-tables';
export { EngineStartError, startDynamoDbLocal, type DynamoDbLocalOptions, type RunningEngine } from './engine/dynamodb-local';
export * from './errors';
export { openStore, type OpenStore, type OpenStoreOptions } from './open-store';
export type { ListOptions, Page, StoreContext } from './repository-kit';
export { createRepositories, type Repositories } from './repositories';
export type { CircuitBreaker, CircuitOutcome, CircuitSettings, CircuitState } from './repositories/circuit-breakers';
export type { DecisionStateChange } from './repositories/decisions';
export type { TimeRange } from './repositories/events';
export type { TranscriptOptions } from './repositories/messages';
export { countRoundTrips, type RoundTripCounter } from './round-trip-counter';
export { LOGICAL_TABLES, TABLES, tableNames, type LogicalTable, type TableNames } from './tables';
export * from './turn-store';
