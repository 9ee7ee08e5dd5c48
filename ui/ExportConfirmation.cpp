#include "ExportConfirmation.h"

#include "PathText.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QWizardPage>

namespace fd {

namespace {

ExportConfirmation::Opener& opener()
{
    static ExportConfirmation::Opener instance;
    return instance;
}

const char* const kName = "exportConfirmation";

// The widget whose box layout takes the notice as its last row.
QWidget* host(QWidget* anchor)
{
    QWidget* window = anchor->window();
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->centralWidget())
        return main->centralWidget();
    // In a wizard, a row of the page the anchor is on (the import's rejected rows).
    for (QWidget* w = anchor; w && w != window; w = w->parentWidget()) {
        if (auto* page = qobject_cast<QWizardPage*>(w))
            return page;
    }
    return window;
}

} // namespace

ExportConfirmation* ExportConfirmation::show(QWidget* anchor, const QString& sentence,
                                             const QString& path)
{
    dismiss(anchor);
    QWidget* parent = host(anchor);
    // The path cut to two thirds of the row (whole in its tooltip): a long one never widens
    // the window it is shown in (the import wizard's rejected rows).
    auto* notice = new ExportConfirmation(sentence, path, parent->contentsRect().width() * 2 / 3);
    if (auto* rows = qobject_cast<QBoxLayout*>(parent->layout())) {
        rows->addWidget(notice);
    } else {
        // No layout to take a row: a row of its own below whatever the widget shows.
        notice->setParent(parent);
        notice->setGeometry(0, parent->height() - notice->sizeHint().height(), parent->width(),
                            notice->sizeHint().height());
    }
    notice->QWidget::show();
    return notice;
}

ExportConfirmation* ExportConfirmation::current(QWidget* anchor)
{
    return anchor->window()->findChild<ExportConfirmation*>(QLatin1String(kName));
}

void ExportConfirmation::dismiss(QWidget* anchor)
{
    // At once, not later: the next notice, or the view shown, gets the room now.
    delete current(anchor);
}

void ExportConfirmation::setOpener(Opener replacement)
{
    opener() = std::move(replacement);
}

ExportConfirmation::ExportConfirmation(const QString& sentence, const QString& path, int pathWidth)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    setObjectName(QLatin1String(kName));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text = new QLabel;
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setText(QStringLiteral("%1<br><b>%2</b>")
                        .arg(sentence.toHtmlEscaped(),
                             elidedPath(m_path, QFontMetrics(bold), pathWidth).toHtmlEscaped()));
    m_text->setToolTip(QDir::toNativeSeparators(m_path));
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
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(open, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(open, &QPushButton::clicked, this, &ExportConfirmation::openFolder);
    connect(close, &QToolButton::clicked, this, &QObject::deleteLater);
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("exportConfirmationTimer"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(kShownMs);
    connect(m_timer, &QTimer::timeout, this, &QObject::deleteLater);
    m_timer->start();
    // Likewise while the keyboard is on it (Tab to "Open folder").
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (isAncestorOf(now))
            m_timer->stop();
        else if (!m_timer->isActive() && !underMouse())
            m_timer->start();
    });
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
        m_text->setText(
            m_text->text() + QStringLiteral("<br>") +
            tr("The folder could not be opened here; its path is above.").toHtmlEscaped());
        m_timer->start(); // a new sentence to read: its full time again
    }
    return opened;
}

bool ExportConfirmation::event(QEvent* event)
{
    // The countdown waits while the pointer is on the notice, so "Open folder" is never
    // taken away from under it; it starts again, whole, when the pointer leaves.
    switch (event->type()) {
    case QEvent::Enter:
        m_timer->stop();
        break;
    case QEvent::Leave:
        if (!isAncestorOf(QApplication::focusWidget()))
            m_timer->start();
        break;
    default:
        break;
    }
    return QFrame::event(event);
}

} // namespace fd
