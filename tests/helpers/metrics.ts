/** Reads GET /metrics (Prometheus text format) into series → value, for before/after checks. */

export type Scrape = Map<string, number>;

export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(`${url}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  const series: Scrape = new Map();
  for (const line of (await response.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    series.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return series;
}

/** A series' value, 0 when absent (a labelled counter appears only once incremented). */
export function metric(scraped: Scrape, series: string): number {
  return scraped.get(series) ?? 0;
}

/** The refusals counter for one close code, by its CloseCode name. */
export function refusals(scraped: Scrape, code: number, reason: string): number {
  return metric(scraped, `samkarta_refusals_total{code="${code}",reason="${reason}"}`);
}
