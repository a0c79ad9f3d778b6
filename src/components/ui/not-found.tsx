import { Link } from '@tanstack/react-router'

export function NotFound({ title, message }: { title: string; message: string }) {
  return (
    <section className="mx-auto mt-16 max-w-lg rounded-lg border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-700">{message}</p>
      <Link to="/workflows" className="mt-6 inline-block font-medium text-brand underline">
        Back to all workflows
      </Link>
    </section>
  )
}
