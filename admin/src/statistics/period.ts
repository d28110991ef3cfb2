/** The periods the dashboard offers with one click; any other is typed as from and to. */
export const PRESETS = ['THIS_YEAR', 'LAST_YEAR', 'LAST_12_MONTHS'] as const;
export type Preset = (typeof PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The period of a preset, counted from today (YYYY-MM-DD, Helsinki). */
export function presetPeriod(preset: Preset, today: string): Period {
  const [year, month] = today.split('-').map(Number);
  switch (preset) {
    case 'THIS_YEAR':
      return { from: iso(year, 1, 1), to: today };
    case 'LAST_YEAR':
      return { from: iso(year - 1, 1, 1), to: iso(year - 1, 12, 31) };
    case 'LAST_12_MONTHS': {
      // The current month and the eleven before it.
      const start = new Date(Date.UTC(year, month - 1 - 11, 1));
      return { from: iso(start.getUTCFullYear(), start.getUTCMonth() + 1, 1), to: today };
    }
  }
}

/** The preset a period is, if any. */
export function presetOf(period: Period, today: string): Preset | null {
  return (
    PRESETS.find((preset) => {
      const p = presetPeriod(preset, today);
      return p.from === period.from && p.to === period.to;
    }) ?? null
  );
}
