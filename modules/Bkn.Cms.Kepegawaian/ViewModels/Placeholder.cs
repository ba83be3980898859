namespace Bkn.Cms.Kepegawaian.ViewModels;
