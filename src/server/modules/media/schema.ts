// The media module's tables (spec 30), one file per subject.
export * from './schema/interviews';
export * from './schema/monitoring';
export * from './schema/news';
export * from './schema/releases';
