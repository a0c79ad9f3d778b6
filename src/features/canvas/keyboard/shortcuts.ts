/** Every key of the canvas, as the shortcuts sheet (?) lists them. `Mod` is Ctrl, or ⌘ on a Mac. */
export const SHORTCUTS: readonly { group: string; keys: readonly [string, string][] }[] = [
  {
    group: 'Move around',
    keys: [
      ['Tab', 'Into the canvas (one stop), then on to the zoom controls and the step panel'],
      ['← →', 'Follow a connection out of the step, or back into it'],
      ['↑ ↓', 'The nearest step above or below'],
      ['Mod+F', 'Find a step by name or type'],
      ['+ / −', 'Zoom in / out'],
      ['0', 'Fit the workflow in view at a readable size'],
    ],
  },
  {
    group: 'Build',
    keys: [
      ['Enter', 'Select the step and open its settings'],
      ['C', 'Connect the step to another one, or to a new step'],
      ['Alt+arrows', 'Move the step (with Shift: further)'],
      ['Delete', 'Delete the selected steps and connections'],
      [
        'Mod+C / Mod+V',
        'Copy the selected steps (with their connections) and paste them, here or in another workflow',
      ],
      ['Mod+D', 'Duplicate the selected steps'],
      ['Mod+Z / Mod+Shift+Z', 'Undo / redo'],
    ],
  },
  {
    group: 'Select',
    keys: [
      ['Shift+Enter', 'Add the focused step to the selection'],
      ['Shift+click', 'Add a step to the selection'],
      ['Shift+drag', 'Select the steps inside a box'],
      ['Mod+A', 'Select every step'],
      ['Escape', 'Clear the selection'],
      ['?', 'This list'],
    ],
  },
]
