import { hydrate, mount, unmount, type Component } from 'svelte';

/** Islands still to come to life, in page order, one per task. */
let queue: Promise<void> = Promise.resolve();

/** A task boundary: the browser paints and takes input between two islands. */
const nextTask = () => new Promise<void>((go) => setTimeout(go, 0));

/** How an island's component comes to life. */
export interface IslandOptions {
  /** The component's context, as given to Svelte's hydrate() and mount(). */
  context?: Map<unknown, unknown>;
  /** Run in a task of its own once the component is hydrated: the rest of its coming to life. */
  after?: (target: HTMLElement) => void;
}

/**
 * An attachment that brings a component to life in its element, apart from the page around
 * it. Prerendered HTML in the element is hydrated in a task of its own, after the islands
 * before it, so no single task hydrates the whole page (each chart is a few dozen ms on a
 * phone); an empty element (the dev server, tests) gets the component mounted at once.
 */
// A component's props are an interface, which has no index signature: `any`, as Svelte's own types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function island<Props extends Record<string, any>>(
  component: Component<Props>,
  props: Props,
  { context, after }: IslandOptions = {},
) {
  return (target: HTMLElement) => {
    let instance: Record<string, unknown> | undefined;
    let gone = false;
    if (!target.firstChild) instance = mount(component, { target, props });
    else
      queue = queue
        .then(nextTask)
        .then(() => {
          if (gone) return;
          try {
            instance = hydrate(component, { target, props, context });
          } catch (e) {
            // HTML that cannot be brought to life is drawn again; the islands after it go on.
            console.error(e);
            target.textContent = '';
            instance = mount(component, { target, props });
          }
        })
        .then(async () => {
          if (!after) return;
          await nextTask();
          if (!gone) after(target);
        });
    return () => {
      gone = true;
      if (instance) void unmount(instance);
    };
  };
}

/** Resolves once every island asked for so far is live. */
export const islandsLive = (): Promise<void> => queue;
