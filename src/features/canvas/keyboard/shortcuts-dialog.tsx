import { Dialog } from '../../../components/ui/dialog'
import { isMac } from '../undo/use-undo-keys'
import { SHORTCUTS } from './shortcuts'

const withMod = (keys: string) => keys.replaceAll('Mod+', isMac() ? '⌘' : 'Ctrl+')

/** The shortcuts sheet (?): every key of the canvas. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Keyboard shortcuts" wide>
      <div className="grid gap-4 sm:grid-cols-2">
        {SHORTCUTS.map(({ group, keys }) => (
          <section key={group}>
            <h3 className="mb-1 text-sm font-semibold text-slate-900">{group}</h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {keys.map(([key, what]) => (
                <div key={key} className="contents">
                  <dt>
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs text-slate-900">
                      {withMod(key)}
                    </kbd>
                  </dt>
                  <dd className="text-slate-700">{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  )
}
