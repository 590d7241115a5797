/**
 * Disjoint sets of string keys. The smaller key of two joined sets becomes the root, so the
 * sets and their roots do not depend on the order in which keys were joined.
 */
export class Partition {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) {
      root = next;
    }
    if (root !== key) this.parent.set(key, root);
    return root;
  }

  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA < rootB) this.parent.set(rootB, rootA);
    else if (rootB < rootA) this.parent.set(rootA, rootB);
  }
}
