namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// A change to the tree of a stack file. A mutation holds only the numbers it was generated with and picks its
/// target in the tree it is given (a number modulo the candidates), so any sublist of a case's mutations still
/// applies: that is what shrinking a failure relies on. A mutation with no candidate returns the tree unchanged.
/// The record's text (its name and numbers) is how a failure report names it.
/// </summary>
public abstract record TreeMutation
{
    public abstract FuzzNode Apply(FuzzNode root);
}
