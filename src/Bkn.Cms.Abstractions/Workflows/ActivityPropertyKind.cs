namespace Bkn.Cms.Workflows;

/// <summary>How a property is edited and stored (all are JSON strings except <see cref="Boolean"/> and <see cref="List"/>).</summary>
public enum ActivityPropertyKind
{
    Text,
    MultilineText,

    /// <summary>A JavaScript expression evaluated by the sandboxed script engine.</summary>
    Script,

    /// <summary>A Liquid template.</summary>
    Liquid,
    Select,
    Boolean,

    /// <summary>Comma- or line-separated values, stored as a JSON array of strings.</summary>
    List,
}
