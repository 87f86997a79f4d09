import { ScatterChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the Cartesian diagram needs, inside the survey screen's own chunk.
echarts.use([ScatterChart, GridComponent, MarkLineComponent, TooltipComponent, GraphicComponent, SVGRenderer]);

export type EChartOption = echarts.EChartsCoreOption;

/** An ECharts chart that follows its container's width; `label` says where the same figures are in text. */
export function EChart({ option, height = 360, label }: { option: EChartOption; height?: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} data-testid="cartesian-chart" style={{ width: '100%', height }} />;
}
