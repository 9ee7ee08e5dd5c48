#include "ExportConfirmation.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

namespace fd {

namespace {

ExportConfirmation::Opener& opener()
{
    static ExportConfirmation::Opener instance;
    return instance;
}

const char* const kName = "exportConfirmation";

} // namespace

ExportConfirmation* ExportConfirmation::show(QWidget* anchor, const QString& sentence, const QString& path)
{
    QWidget* window = anchor->window();
    delete current(anchor);
    auto* notice = new ExportConfirmation(window, sentence, path);
    notice->place();
    notice->QWidget::show();
    notice->raise();
    return notice;
}

ExportConfirmation* ExportConfirmation::current(QWidget* anchor)
{
    return anchor->window()->findChild<ExportConfirmation*>(QLatin1String(kName), Qt::FindDirectChildrenOnly);
}

void ExportConfirmation::setOpener(Opener replacement)
{
    opener() = std::move(replacement);
}

ExportConfirmation::ExportConfirmation(QWidget* window, const QString& sentence, const QString& path)
    : QFrame(window), m_path(QFileInfo(path).absoluteFilePath())
{
    setObjectName(QLatin1String(kName));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text = new QLabel(QStringLiteral("%1<br><b>%2</b>")
                            .arg(sentence.toHtmlEscaped(), QDir::toNativeSeparators(m_path).toHtmlEscaped()));
    m_text->setObjectName(QStringLiteral("exportConfirmationText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    auto* open = new QPushButton(tr("Open folder"));
    open->setObjectName(QStringLiteral("openFolder"));
    open->setToolTip(tr("Show the folder holding this file"));
    auto* close = new QToolButton;
    close->setObjectName(QStringLiteral("closeConfirmation"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this notice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(open);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(open, &QPushButton::clicked, this, &ExportConfirmation::openFolder);
    connect(close, &QToolButton::clicked, this, &QObject::deleteLater);
    window->installEventFilter(this);
}

QString ExportConfirmation::folder() const
{
    return QFileInfo(m_path).absolutePath();
}

bool ExportConfirmation::openFolder()
{
    const QUrl url = QUrl::fromLocalFile(folder());
    const bool opened = opener() ? opener()(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        m_text->setText(m_text->text() + QStringLiteral("<br>") +
                        tr("The folder could not be opened here; its path is above.").toHtmlEscaped());
        place();
    }
    return opened;
}

bool ExportConfirmation::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QFrame::eventFilter(watched, event);
}

void ExportConfirmation::place()
{
    // Bottom right, above the status bar; as wide as the path needs, within the window.
    QWidget* window = parentWidget();
    int bottom = window->height();
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->statusBar()->isVisible())
        bottom -= main->statusBar()->height();
    const int width = std::min(std::max(sizeHint().width(), 560), std::max(window->width() - 24, 200));
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry(window->width() - width - 12, bottom - height - 8, width, height);
}

} // namespace fd
