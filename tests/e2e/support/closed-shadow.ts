import type { Page } from 'playwright-core';

// Our cards live in closed shadow roots, out of reach of page scripts, and so of Playwright's
// locators too. Tests reach them as assistive technology does: through the accessibility tree,
// with the browser's own debugging protocol.

interface AxNode {
  name?: { value?: string };
  role?: { value?: string };
  backendDOMNodeId?: number;
}

async function axNodes(page: Page): Promise<AxNode[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes;
  } finally {
    await session.detach();
  }
}

/** The text of everything in the page's accessibility tree, closed shadow roots included. */
export async function accessibleText(page: Page): Promise<string> {
  return (await axNodes(page))
    .map((node) => `${node.role?.value ?? ''}:${node.name?.value ?? ''}`)
    .join('\n');
}

/** Clicks the control with this role and accessible name, wherever it is (closed shadow roots too). */
export async function clickByRole(page: Page, role: string, name: string | RegExp): Promise<void> {
  const matches = (value: string | undefined) =>
    typeof name === 'string' ? value === name : name.test(value ?? '');
  const node = (await axNodes(page)).find(
    (candidate) => candidate.role?.value === role && matches(candidate.name?.value),
  );
  if (node?.backendDOMNodeId === undefined) throw new Error(`No ${role} named ${String(name)} on the page.`);
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendDOMNodeId });
    const { quads } = (await session.send('DOM.getContentQuads', {
      backendNodeId: node.backendDOMNodeId,
    })) as {
      quads: number[][];
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = quads[0] ?? [];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await session.detach();
  }
}
