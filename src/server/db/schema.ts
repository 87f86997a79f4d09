// Every table of Simpul, gathered for Drizzle (typed queries) and drizzle-kit (migrations).
// A module adds its schema here with one line.
export * from '../platform/auth/schema';
export * from '../platform/audit/schema';
export * from '../platform/jobs/schema';
export * from '../platform/notify/schema';
export * from '../platform/files/schema';
export * from '../platform/imports/schema';
export * from '../platform/settings/schema';
export * from '../platform/personal-data/schema';
export * from '../modules/org/schema';
export * from '../modules/performance/schema';
export * from '../modules/surveys/schema';
export * from '../modules/media/schema';
