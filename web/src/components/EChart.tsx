// One ECharts chart on a div. ECharts loads on first use (only the office's figures need it, and only the
// chart kinds we draw), renders on canvas (nothing the page's CSP forbids: no eval, no inline script),
// follows the window's size and is disposed with the component.
import { Empty, Spin } from 'antd';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef, useState } from 'react';

type Chart = {
  setOption: (option: EChartsOption, opts?: { notMerge?: boolean }) => void;
  resize: () => void;
  dispose: () => void;
};

let loading: Promise<(element: HTMLElement) => Chart> | null = null;

/** Loads ECharts' core with the pie, bar and line charts, their components and the canvas renderer, once. */
function loadECharts(): Promise<(element: HTMLElement) => Chart> {
  loading ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ])
    .then(([core, charts, components, renderers]) => {
      core.use([
        charts.PieChart,
        charts.BarChart,
        charts.LineChart,
        components.GridComponent,
        components.TooltipComponent,
        components.LegendComponent,
        components.TitleComponent,
        components.AriaComponent,
        renderers.CanvasRenderer,
      ]);
      return (element: HTMLElement) =>
        core.init(element, undefined, { renderer: 'canvas' }) as unknown as Chart;
    })
    .catch((error: unknown) => {
      loading = null; // try again next time (a dropped connection, a new release)
      throw error;
    });
  return loading;
}

export interface EChartProps {
  option: EChartsOption;
  /** What the chart shows, for screen readers (the figures are also in a table on the page). */
  label: string;
  height?: number;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | false;
  'data-testid'?: string;
}

export function EChart({ option, label, height = 300, empty = false, ...rest }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<Chart | null>(null);
  const [failed, setFailed] = useState(false);

  // Made once per mount; the option is set below whenever it changes.
  useEffect(() => {
    let disposed = false;
    let instance: Chart | null = null;
    const onResize = () => instance?.resize();
    loadECharts().then(
      (init) => {
        if (disposed || !element.current) return;
        instance = init(element.current);
        window.addEventListener('resize', onResize);
        setChart(instance);
      },
      () => {
        if (!disposed) setFailed(true);
      },
    );
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    chart?.setOption(
      { aria: { enabled: true, label: { description: label } }, ...option },
      { notMerge: true },
    );
  }, [chart, option, label]);

  const overlay = {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: '#fff',
  } as const;
  return (
    <div style={{ position: 'relative', height }} data-testid={rest['data-testid']}>
      <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />
      {empty ? (
        <div style={overlay}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        </div>
      ) : failed ? (
        <div style={overlay}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={label} />
        </div>
      ) : (
        !chart && (
          <div style={overlay}>
            <Spin />
          </div>
        )
      )}
    </div>
  );
}
