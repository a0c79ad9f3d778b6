import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { graphSnapshotSchema as snapshot } from '../domain/graph-diff/snapshot-schema'
import type { GraphSnapshot } from '../domain/graph-diff/snapshot'
import { apiRequest } from './client'
import { draftGraphId } from './graph-source'
import { workflowKeys } from './query-keys'

const draftSchema = z.object({
  workflowId: z.string(),
  author: z.object({ email: z.string().nullable(), name: z.string().nullable() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number(),
  stepCount: z.number(),
  connectionCount: z.number(),
  /** The person asking is its author (or took it over): only then may they edit it. */
  editable: z.boolean(),
  baseGraph: snapshot,
  graph: snapshot,
})
export type Draft = z.output<typeof draftSchema>
const draftAnswer = z.object({ draft: draftSchema.nullable() })

const path = (workflowId: string) => `/workflows/${encodeURIComponent(workflowId)}/draft`
const onConsole = { root: 'console' as const }

export const draftKey = (workflowId: string) =>
  [...workflowKeys.workflow(workflowId), 'draft'] as const

export const draftQuery = (workflowId: string) =>
  queryOptions({
    queryKey: draftKey(workflowId),
    queryFn: ({ signal }) =>
      apiRequest(path(workflowId), { ...onConsole, schema: draftAnswer, signal }).then(
        (a) => a.draft,
      ),
  })

export const authorName = (draft: Pick<Draft, 'author'>) =>
  draft.author.name ?? draft.author.email ?? 'someone'

/** Start, take over, discard, rebase and finish a draft: each refreshes the draft and its graph. */
export function useDraftActions(workflowId: string) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: draftKey(workflowId) })
  const refreshAll = () =>
    Promise.all([
      refresh(),
      queryClient.invalidateQueries({ queryKey: workflowKeys.graph(draftGraphId(workflowId)) }),
    ])
  /** The draft is gone: its graph must not be asked for again (it would answer 404). */
  const forget = () => {
    // No draft any more: the screen stops showing (and asking for) the draft's graph first.
    queryClient.setQueryData(draftKey(workflowId), null)
    void queryClient.cancelQueries({ queryKey: workflowKeys.graph(draftGraphId(workflowId)) })
    queryClient.removeQueries({ queryKey: workflowKeys.graph(draftGraphId(workflowId)) })
    return refresh()
  }
  const answer = (method: 'POST' | 'DELETE', suffix = '') =>
    apiRequest(`${path(workflowId)}${suffix}`, { ...onConsole, method, schema: z.unknown() })
  return {
    start: useMutation({ mutationFn: () => answer('POST'), onSettled: refreshAll }),
    takeOver: useMutation({ mutationFn: () => answer('POST', '/takeover'), onSettled: refreshAll }),
    discard: useMutation({
      mutationFn: () => answer('DELETE'),
      onSuccess: forget,
      onError: refresh,
    }),
    rebase: useMutation({
      mutationFn: (body: { baseGraph: GraphSnapshot; graph: GraphSnapshot; revision: number }) =>
        apiRequest(`${path(workflowId)}/base`, {
          ...onConsole,
          method: 'PUT',
          body,
          schema: z.unknown(),
        }),
      onSuccess: forget,
      onError: refresh,
    }),
    published: useMutation({
      mutationFn: (name: string) =>
        apiRequest(`${path(workflowId)}/published`, {
          ...onConsole,
          method: 'POST',
          body: { name },
          schema: z.unknown(),
        }),
      onSuccess: forget,
      onError: refresh,
    }),
  }
}
