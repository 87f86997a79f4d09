import { createRouter } from '../../platform/router';
import type { MeasureRegistry } from './measures';
import {
  copyPlanHandler,
  copyPlanRoute,
  createGoalHandler,
  createGoalRoute,
  createIndicatorHandler,
  createIndicatorRoute,
  setBudgetHandler,
  setBudgetRoute,
  setTargetsHandler,
  setTargetsRoute,
  updateIndicatorHandler,
  updateIndicatorRoute,
} from './routes/edit-plan';
import { exportTable1, exportTable1Route } from './routes/export-table1';
import { getDashboard, getDashboardRoute } from './routes/get-dashboard';
import { getIndicator, getIndicatorRoute } from './routes/get-indicator';
import { getPlan, getPlanRoute } from './routes/get-plan';
import { getTargetAdvice, getTargetAdviceRoute } from './routes/get-target-advice';
import { listIndicatorRecords, listIndicatorRecordsRoute } from './routes/list-indicator-records';
import { saveRealization, saveRealizationRoute } from './routes/save-realization';
import { transitionRealization, transitionRealizationRoute } from './routes/transition-realization';

export { performancePolicy } from './policy';
export { buildMeasureRegistry, periodOf, type Measure, type MeasureParam, type MeasureRegistry, type Period } from './measures';
export { PERFORMANCE_MEASURES } from './performance-measures';
export { evaluateYear, clearMeasureCache, type YearEvaluation } from './queries/evaluate';
export { loadPerformanceDemo } from './demo';

/** Performance management: plan, indicators, targets, realizations, dashboard, Table 1. */
export function createPerformanceRouter(measures: MeasureRegistry) {
  return createRouter()
    .openapi(getDashboardRoute, getDashboard(measures))
    .openapi(getIndicatorRoute, getIndicator(measures))
    .openapi(listIndicatorRecordsRoute, listIndicatorRecords(measures))
    .openapi(saveRealizationRoute, saveRealization)
    .openapi(transitionRealizationRoute, transitionRealization(measures))
    .openapi(getPlanRoute, getPlan(measures))
    .openapi(createGoalRoute, createGoalHandler)
    .openapi(createIndicatorRoute, createIndicatorHandler(measures))
    .openapi(updateIndicatorRoute, updateIndicatorHandler(measures))
    .openapi(setTargetsRoute, setTargetsHandler)
    .openapi(setBudgetRoute, setBudgetHandler)
    .openapi(copyPlanRoute, copyPlanHandler(measures))
    .openapi(exportTable1Route, exportTable1(measures))
    .openapi(getTargetAdviceRoute, getTargetAdvice(measures));
}
