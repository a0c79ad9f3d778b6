import { createFileRoute } from '@tanstack/react-router'
import { CreateWorkflowForm } from '../../features/workflows/create-workflow-form'

export const Route = createFileRoute('/workflows/new')({
  component: NewWorkflowRoute,
})

function NewWorkflowRoute() {
  const navigate = Route.useNavigate()
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-8">
      <h1 id="create-workflow-heading" className="text-2xl font-semibold">
        Create workflow
      </h1>
      <p className="mt-1 text-slate-700">
        Start with a name. You add steps on the canvas next, then enrol leads and activate.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <CreateWorkflowForm
          onCreated={(w) =>
            navigate({
              to: '/workflows/$workflowId',
              params: { workflowId: w.id },
              ignoreBlocker: true,
            })
          }
          onCancel={() => navigate({ to: '/workflows' })}
        />
      </div>
    </div>
  )
}
