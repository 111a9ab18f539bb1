// Workflow definitions are checked when loaded: a definition with an action into a missing state, an
// end state that can be left, or a state no path reaches is refused, with every problem named.
import { ACTION_EFFECTS, type WorkflowDefinition } from './types.ts';

export class WorkflowDefinitionError extends Error {
  constructor(
    readonly key: string,
    readonly problems: string[],
  ) {
    super(`workflow ${key} is invalid: ${problems.join('; ')}`);
    this.name = 'WorkflowDefinitionError';
  }
}

const TARGETED: ReadonlySet<string> = new Set(['move', 'withdraw', 'suspend', 'terminate']);

/** Every problem of a definition, empty when it is sound. */
export function definitionProblems(def: WorkflowDefinition): string[] {
  const problems: string[] = [];
  const states = new Set(Object.keys(def.states));
  if (!states.has(def.initial)) problems.push(`initial state "${def.initial}" does not exist`);
  if (!Object.values(def.states).some((s) => s.end)) problems.push('no end state');

  for (const [key, action] of Object.entries(def.actions)) {
    if (!(ACTION_EFFECTS as readonly string[]).includes(action.effect)) problems.push(`action "${key}" has unknown effect "${action.effect}"`);
    if (action.from.length === 0) problems.push(`action "${key}" can be taken in no state`);
    for (const from of action.from) {
      if (!states.has(from)) problems.push(`action "${key}" starts from missing state "${from}"`);
      else if (def.states[from]!.end) problems.push(`action "${key}" leaves end state "${from}"`);
    }
    if (action.to !== undefined && !states.has(action.to)) problems.push(`action "${key}" goes to missing state "${action.to}"`);
    if (TARGETED.has(action.effect) && action.to === undefined) problems.push(`action "${key}" (${action.effect}) needs a target state`);
    if (action.effect === 'suspend' && action.to !== undefined && states.has(action.to) && !def.states[action.to]!.pausesClock) {
      problems.push(`action "${key}" suspends into "${action.to}", which does not pause the clock`);
    }
    if (action.effect === 'terminate' && action.to !== undefined && states.has(action.to) && !def.states[action.to]!.end) {
      problems.push(`action "${key}" terminates into "${action.to}", which is not an end state`);
    }
    if (action.who.length === 0) problems.push(`action "${key}" names nobody who may take it`);
  }
  for (const [key, state] of Object.entries(def.states)) {
    if (state.pausesClock && !Object.values(def.actions).some((a) => a.effect === 'resume' && a.from.includes(key))) {
      problems.push(`paused state "${key}" has no resume action`);
    }
  }

  // Reachability from the initial state: targets, resumes (back to any state that suspends into it) and send-backs
  // (to earlier states only, so they add nothing new).
  if (states.has(def.initial)) {
    const reached = new Set([def.initial]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const action of Object.values(def.actions)) {
        if (!action.from.some((f) => reached.has(f))) continue;
        const targets = action.to !== undefined ? [action.to] : [];
        for (const t of targets) {
          if (states.has(t) && !reached.has(t)) {
            reached.add(t);
            grew = true;
          }
        }
      }
    }
    for (const s of states) if (!reached.has(s)) problems.push(`state "${s}" cannot be reached from "${def.initial}"`);
    if (![...reached].some((s) => def.states[s]?.end)) problems.push('no end state can be reached');
  }
  return problems;
}

/** Checks a definition once, at load; returns it frozen. */
export function defineWorkflow<D extends WorkflowDefinition>(def: D): D {
  const problems = definitionProblems(def);
  if (problems.length) throw new WorkflowDefinitionError(def.key, problems);
  return Object.freeze(def);
}
