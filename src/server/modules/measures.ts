import { MEDIA_MEASURES } from './media';
import { buildMeasureRegistry, PERFORMANCE_MEASURES } from './performance';
import { SURVEY_MEASURES } from './surveys';

/**
 * Every measure a module offers to the indicators, listed explicitly: an indicator bound to a
 * measure key that is not here cannot be saved. A new module adds its `*_MEASURES` array here.
 */
export const MEASURES = buildMeasureRegistry([...PERFORMANCE_MEASURES, ...MEDIA_MEASURES, ...SURVEY_MEASURES]);
