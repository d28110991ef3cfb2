import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved (or the fields `nodes`, found below it with `fieldsBelow`) asks
 * for one of its sub-fields `names`, directly or through fragments (a field skipped by a
 * directive counts as asked: reading it is only unneeded work). Lets a resolver read what the
 * answer needs below it together with its own rows.
 */
export function asksFor(
  info: GraphQLResolveInfo,
  names: readonly string[],
  nodes: readonly FieldNode[] = info.fieldNodes,
): boolean {
  return fieldsBelow(info, names, nodes).length > 0;
}

/** The sub-fields named `names` of the fields `nodes` (the field being resolved), fragments included. */
export function fieldsBelow(
  info: GraphQLResolveInfo,
  names: readonly string[],
  nodes: readonly FieldNode[] = info.fieldNodes,
): FieldNode[] {
  const found: FieldNode[] = [];
  for (const node of nodes) {
    if (node.selectionSet) collect(info, node.selectionSet, names, found);
  }
  return found;
}

/**
 * Whether the fields `nodes` ask for nothing below them but `names` (whatever those ask in turn),
 * fragments included; `__typename` counts as a name like any other.
 */
export function asksOnly(
  info: GraphQLResolveInfo,
  names: readonly string[],
  nodes: readonly FieldNode[],
): boolean {
  return nodes.every((node) => !node.selectionSet || only(info, node.selectionSet, names));
}

function only(info: GraphQLResolveInfo, set: SelectionSetNode, names: readonly string[]): boolean {
  return set.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return names.includes(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return only(info, selection.selectionSet, names);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        return !fragment || only(info, fragment.selectionSet, names);
      }
    }
  });
}

function collect(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  names: readonly string[],
  found: FieldNode[],
): void {
  for (const selection of set.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        if (names.includes(selection.name.value)) found.push(selection);
        break;
      case Kind.INLINE_FRAGMENT:
        collect(info, selection.selectionSet, names, found);
        break;
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        if (fragment) collect(info, fragment.selectionSet, names, found);
        break;
      }
    }
  }
}
