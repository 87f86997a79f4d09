import type { Scenario } from '../types';
import { mediaScenario } from './media';
import { performanceScenario } from './performance';
import { platformScenario } from './platform';

/**
 * Every benchmark scenario, in the order they run. A module adds its own file in this folder and
 * one line here; its volume comes from its demo loader, which honours `--scale`.
 */
export const SCENARIOS: Scenario[] = [platformScenario, performanceScenario, mediaScenario];
