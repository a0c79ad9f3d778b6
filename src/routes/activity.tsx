import { createFileRoute } from '@tanstack/react-router'
import { ActivityFeed } from '../features/history/activity-feed'

export const Route = createFileRoute('/activity')({ component: ActivityPage })

function ActivityPage() {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-1 flex-col bg-white">
      <h1 className="px-4 pt-4 text-xl font-semibold text-slate-900">Activity</h1>
      <p className="px-4 pb-2 text-sm text-slate-600">
        Every change made through the console, in every workflow, by whom and whether the API
        accepted it.
      </p>
      <ActivityFeed />
    </div>
  )
}
