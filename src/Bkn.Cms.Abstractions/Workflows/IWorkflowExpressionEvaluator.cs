using System.Text.Json.Nodes;

namespace Bkn.Cms.Workflows;

/// <summary>
/// Expressions for activities: sandboxed JavaScript (statement, time and memory limits; no .NET access) and Liquid.
/// Both see <c>input</c>, <c>properties</c>, <c>output</c>, <c>lastResult</c>, <c>correlationId</c> and <c>workflow</c>.
/// </summary>
public interface IWorkflowExpressionEvaluator
{
    /// <summary>Evaluates a script; its completion value comes back as JSON. Script code may set <c>properties.x = …</c>.</summary>
    Task<JsonNode?> EvaluateScriptAsync(string script, ActivityContext context, CancellationToken cancellationToken);

    /// <summary>Renders a Liquid template; <paramref name="html"/> HTML-encodes output values.</summary>
    Task<string> RenderLiquidAsync(string template, ActivityContext context, bool html, CancellationToken cancellationToken);
}
