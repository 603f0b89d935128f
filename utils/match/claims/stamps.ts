/**
 * Marks in scratch arrays reused by every sentence of every scan: a slot holds the current
 * stamp when it was set for the current sentence, so a sentence clears nothing and allocates
 * nothing.
 */
export class Stamps {
  private value = 0;
  private readonly arrays: Int32Array[] = [];

  /** A new array of `size` slots, cleared with the others when the stamps run out. */
  array(size: number): Int32Array {
    const slots = new Int32Array(size);
    this.arrays.push(slots);
    return slots;
  }

  /** A fresh stamp: equal to no mark left by an earlier use. */
  next(): number {
    if (this.value >= 0x7ffffff0) {
      this.value = 0;
      for (const slots of this.arrays) slots.fill(0);
    }
    return ++this.value;
  }
}
