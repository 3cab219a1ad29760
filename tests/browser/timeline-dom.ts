import { type Page } from "playwright-core";

/** The drawn items: vis-timeline writes each item's id into data-id (option dataAttributes). */
export async function drawnItems(page: Page): Promise<{ id: string; classes: string[]; text: string }[]> {
  return page.locator(".vis-foreground .vis-item[data-id]").evaluateAll((elements) =>
    elements.map((element) => ({ id: element.getAttribute("data-id") ?? "", classes: [...element.classList], text: element.textContent ?? "" })),
  );
}

/** The clusters drawn: each stands for as many events as the number it shows. */
export async function drawnClusters(page: Page): Promise<number[]> {
  return page.locator(".vis-foreground .vis-item.vis-cluster").evaluateAll((elements) => elements.map((element) => Number(element.textContent)));
}

/** Zooms the timeline in on one item (its cluster opens), and waits until the item is drawn. */
export async function reveal(page: Page, itemId: string): Promise<void> {
  await page.evaluate((id) => (globalThis as any).parleyTimeline.focus(id, { animation: false }), itemId);
  await page.locator(`.vis-foreground .vis-item[data-id="${itemId}"]`).waitFor({ timeout: 5_000 });
}
