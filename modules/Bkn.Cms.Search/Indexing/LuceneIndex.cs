using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Bkn.Cms.Search.Indexing;

/// <summary>
/// One generation of an index on this node's disk: writer, near-real-time searchers, and in each commit the
/// IndexingTasks cursor and the definition version it was built for, so a restart resumes where it stopped.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private const string CursorKey = "cursor";
    private const string VersionKey = "version";
    private const string CompleteKey = "complete";

    private readonly LuceneDirectory _directory;
    private bool _disposed;

    private LuceneIndex(string path, LuceneDirectory directory, Analyzer analyzer, IndexWriter writer, long cursor, int version)
    {
        Path = path;
        _directory = directory;
        Analyzer = analyzer;
        Writer = writer;
        Searchers = new SearcherManager(writer, true, null);
        Cursor = cursor;
        Version = version;
    }

    public string Path { get; }

    public Analyzer Analyzer { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>Id of the last IndexingTask applied and committed.</summary>
    public long Cursor { get; private set; }

    /// <summary>Version of the index definition this copy was built for.</summary>
    public int Version { get; }

    /// <summary>A new, empty generation (for a rebuild); not valid until <see cref="Commit"/> with complete = true.</summary>
    public static LuceneIndex Create(string path, string analyzerName, int version, long cursor)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(new DirectoryInfo(path));
        var analyzer = SearchAnalyzers.Create(analyzerName);
        var writer = new IndexWriter(directory, Config(analyzer, OpenMode.CREATE));
        return new LuceneIndex(path, directory, analyzer, writer, cursor, version);
    }

    /// <summary>The generation at <paramref name="path"/> if it was completed; null when missing, incomplete or unreadable.</summary>
    public static LuceneIndex? OpenCompleted(string path, string analyzerName)
    {
        LuceneDirectory? directory = null;
        try
        {
            directory = FSDirectory.Open(new DirectoryInfo(path));
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return null;
            }

            var infos = new SegmentInfos();
            infos.Read(directory);
            var data = infos.UserData;
            if (!data.TryGetValue(CompleteKey, out var complete) || complete != "true")
            {
                directory.Dispose();
                return null;
            }

            var analyzer = SearchAnalyzers.Create(analyzerName);
            var writer = new IndexWriter(directory, Config(analyzer, OpenMode.APPEND));
            return new LuceneIndex(
                path,
                directory,
                analyzer,
                writer,
                long.Parse(data[CursorKey], CultureInfo.InvariantCulture),
                int.Parse(data[VersionKey], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or KeyNotFoundException or FormatException or UnauthorizedAccessException or LockObtainFailedException)
        {
            directory?.Dispose();
            return null;
        }
    }

    public int DocumentCount()
    {
        var searcher = Searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public void Put(string contentItemId, Document? document)
    {
        var id = new Term(SearchFields.Id, contentItemId);
        if (document is null)
        {
            Writer.DeleteDocuments(id);
        }
        else
        {
            Writer.UpdateDocument(id, document);
        }
    }

    /// <summary>Makes the changes durable with the cursor they reach, and visible to new searches.</summary>
    public void Commit(long cursor, bool complete = true)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
            [VersionKey] = Version.ToString(CultureInfo.InvariantCulture),
            [CompleteKey] = complete ? "true" : "false",
        });
        Writer.Commit();
        Cursor = cursor;
        Searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Searchers.Dispose();
        Writer.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }

    private static IndexWriterConfig Config(Analyzer analyzer, OpenMode mode) =>
        new(SearchAnalyzers.Version, analyzer) { OpenMode = mode, RAMBufferSizeMB = 64, UseCompoundFile = false };
}
