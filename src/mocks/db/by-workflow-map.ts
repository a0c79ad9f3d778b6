/**
 * A Map of records that also keeps them grouped by workflow, so "the leads of one workflow" is a
 * lookup rather than a scan of every lead (a few 100,000-row files made every list slow).
 * A record's `workflow_id` never changes, so set/delete/clear are all that must keep the index.
 */
export class ByWorkflowMap<T extends { workflow_id: string }> extends Map<string, T> {
  private readonly byWorkflow = new Map<string, Map<string, T>>()

  override set(id: string, record: T): this {
    const previous = super.get(id)
    if (previous && previous.workflow_id !== record.workflow_id)
      this.byWorkflow.get(previous.workflow_id)?.delete(id)
    super.set(id, record)
    // The constructor calls set() before the index field exists.
    if (!this.byWorkflow) return this
    let group = this.byWorkflow.get(record.workflow_id)
    if (!group) this.byWorkflow.set(record.workflow_id, (group = new Map()))
    group.set(id, record)
    return this
  }

  override delete(id: string): boolean {
    const record = super.get(id)
    if (record) this.byWorkflow.get(record.workflow_id)?.delete(id)
    return super.delete(id)
  }

  override clear(): void {
    super.clear()
    this.byWorkflow.clear()
  }

  of(workflowId: string): T[] {
    return [...(this.byWorkflow.get(workflowId)?.values() ?? [])]
  }
}
