using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>
/// Adds a module's entities (index tables, records) to the EF Core model. Discovered from module
/// assemblies; every contributor is part of the model (and its migrations) whatever the feature state.
/// </summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder, DatabaseProvider provider);
}
