namespace Bkn.Cms.WebService.Models;

/// <summary>The environment a client is issued for: training answers from synthetic records only, production from the real ones.</summary>
public enum WsEnvironment
{
    Training = 0,
    Production = 1,
}
