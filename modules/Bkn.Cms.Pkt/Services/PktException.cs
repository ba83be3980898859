namespace Bkn.Cms.Pkt.Services;

/// <summary>A refusal with an Indonesian message for the visitor or the staff member; nothing was saved.</summary>
public sealed class PktException(string message) : Exception(message);
