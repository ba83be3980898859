using Bkn.Cms.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Bkn.Cms.Hosting;

/// <summary>Tags every MVC action of a module with its feature, so the feature gate can find it.</summary>
public sealed class FeatureEndpointConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        if (catalog.FeatureOfType(controller.ControllerType) is not { } feature)
        {
            return;
        }

        foreach (var selector in controller.Actions.SelectMany(a => a.Selectors))
        {
            selector.EndpointMetadata.Add(new FeatureMetadata(feature.Id, feature.UnitScoped));
        }
    }
}
