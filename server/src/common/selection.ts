import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks for one of its sub-fields `names`, directly or through fragments
 * (a field skipped by a directive counts as asked: reading it is only unneeded work). Lets a
 * resolver read what the answer needs below it together with its own rows.
 */
export function asksFor(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  return info.fieldNodes.some(
    (node) => node.selectionSet !== undefined && selects(info, node.selectionSet, names),
  );
}

function selects(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  names: readonly string[],
): boolean {
  return set.selections.some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return names.includes(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return selects(info, selection.selectionSet, names);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        return fragment !== undefined && selects(info, fragment.selectionSet, names);
      }
    }
  });
}
