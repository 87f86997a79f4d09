export { createScheduler, type Scheduler, type SchedulerOptions } from './scheduler';
export { defineJob, type JobContext, type JobDefinition, type JobServices } from './types';
