using Lucene.Net.Search;

namespace Bkn.Cms.Search.Services;

/// <summary>A query built from a visitor's text: whether words were left out and whether the text held parser syntax.</summary>
public sealed record BuiltQuery(Query? Query, bool Truncated, bool HadSyntax);
